"""Fortieth held-out round ("holdout-40"): more layouts, written blind (without reading the
parser) and meant to be measured once, untuned. Four layouts, all born-digital PDF:
``pdf-georgian-cv``, ``pdf-uruguayan-cv``, ``pdf-cameroonian-cv`` and
``pdf-us-product-manager``. The round is sealed: the layouts are described only in the code
below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, FONTS, drop_empty, iso_month

HOLDOUT_TAG = "holdout-40"
GENERATOR = "tests/eval/holdout40.py"
SEED = 4_071_953

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-georgian-cv", 3),
    ("pdf-uruguayan-cv", 3),
    ("pdf-cameroonian-cv", 3),
    ("pdf-us-product-manager", 3),
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
THVEEBI = (
    "იანვარი",
    "თებერვალი",
    "მარტი",
    "აპრილი",
    "მაისი",
    "ივნისი",
    "ივლისი",
    "აგვისტო",
    "სექტემბერი",
    "ოქტომბერი",
    "ნოემბერი",
    "დეკემბერი",
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
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
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
# Georgian national romanisation, for file names and e-mail addresses.
KA_LATIN = str.maketrans(
    {
        "ა": "a",
        "ბ": "b",
        "გ": "g",
        "დ": "d",
        "ე": "e",
        "ვ": "v",
        "ზ": "z",
        "თ": "t",
        "ი": "i",
        "კ": "k",
        "ლ": "l",
        "მ": "m",
        "ნ": "n",
        "ო": "o",
        "პ": "p",
        "ჟ": "zh",
        "რ": "r",
        "ს": "s",
        "ტ": "t",
        "უ": "u",
        "ფ": "p",
        "ქ": "k",
        "ღ": "gh",
        "\u10e7": "q",
        "შ": "sh",
        "ჩ": "ch",
        "ც": "ts",
        "ძ": "dz",
        "წ": "ts",
        "ჭ": "ch",
        "ხ": "kh",
        "ჯ": "j",
        "ჰ": "h",
    }
)


def latin(text: str) -> str:
    return ascii_slug(text.translate(KA_LATIN))


class Person40(Candidate):
    """A candidate whose file name is romanised (Georgian script has no ASCII fold)."""

    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(latin(self.name).split())


POOLS: dict[str, Pool] = {
    "pdf-georgian-cv": Pool(
        first=("ნინო", "თამარ", "ლევან", "მარიამ", "ეკატერინე", "ნიკოლოზ", "ირაკლი"),
        last=("ბერიძე", "კაპანაძე", "გელაშვილი", "ჯაფარიძე", "ხარაიშვილი", "ცინცაძე"),
        cities=(
            ("თბილისი", None, "0179", "ი. ჭავჭავაძის გამზ. 37, ბ. 12"),
            ("თბილისი", None, "0160", "ვაჟა-ფშაველას გამზ. 71"),
            ("თბილისი", None, "0102", "დ. აღმაშენებლის გამზ. 118"),
        ),
        employers=(
            "შპს „კავკასუს დიჯიტალი“",
            "სს „მტკვარი ფინანსი“",
            "შპს „ნარიყალა სოფტი“",
            "შპს „გეოლოჯისტიკ ჯგუფი“",
        ),
        titles=(
            "ბიზნეს ანალიტიკოსი",
            "უფროსი ბიზნეს ანალიტიკოსი",
            "პროექტის მენეჯერი",
            "მონაცემთა ანალიტიკოსი",
        ),
        highlights=(
            "ბიზნეს მოთხოვნების შეგროვება და დოკუმენტირება დაინტერესებულ მხარეებთან ერთად",
            "ყოველთვიური ანგარიშგების ავტომატიზაცია Power BI-ის გამოყენებით",
            "SQL მოთხოვნების წერა და მონაცემთა ხარისხის კონტროლი",
            "ახალი CRM სისტემის დანერგვის კოორდინაცია",
            "პროცესების ანალიზი და ოპტიმიზაციის წინადადებების მომზადება",
            "დეველოპერთა გუნდთან კომუნიკაცია და ტესტირების გეგმის შედგენა",
            "ახალი თანამშრომლების ტრენინგი და მენტორობა",
            "მომხმარებელთა კმაყოფილების კვლევის ორგანიზება და შედეგების ანალიზი",
        ),
        skills=("MS Excel", "SQL", "Power BI", "Jira", "Confluence", "BPMN 2.0", "Python (pandas)"),
        schools=(
            "ივანე ჯავახიშვილის სახელობის თბილისის სახელმწიფო უნივერსიტეტი",
            "საქართველოს ტექნიკური უნივერსიტეტი",
            "ილიას სახელმწიფო უნივერსიტეტი",
        ),
        degrees=(
            ("ბაკალავრი", "ეკონომიკა"),
            ("მაგისტრი", "ბიზნესის ადმინისტრირება"),
            ("ბაკალავრი", "ინფორმატიკა"),
        ),
    ),
    "pdf-uruguayan-cv": Pool(
        first=("Florencia", "Agustina", "Martín", "Santiago", "Camila", "Joaquín", "Valentina"),
        last=(
            "Techera Olivera",
            "Píriz Cabrera",
            "Larrañaga Sosa",
            "Acosta Bentancor",
            "Viera Goñi",
        ),
        cities=(
            ("Montevideo", None, "11300", "Av. Brasil 2841 apto. 602"),
            ("Montevideo", None, "11200", "Bvar. Artigas 1165 apto. 3"),
            ("Montevideo", None, "11400", "Av. Italia 4410"),
        ),
        employers=(
            "Rambla Logística S.A.",
            "Cooperativa Lechera del Sur",
            "Prado Seguros S.A.",
            "Estudio Contable Goñi & Asociados",
        ),
        titles=(
            "Analista contable",
            "Analista de costos",
            "Asistente contable",
            "Responsable de administración",
        ),
        highlights=(
            "Liquidación de IVA e IRAE y presentación de declaraciones ante la DGI",
            "Conciliaciones bancarias y control de cuentas a pagar y a cobrar",
            "Liquidación de sueldos y aportes al BPS para 120 funcionarios",
            "Armado de estados contables mensuales y cierre de ejercicio",
            "Implementación de la facturación electrónica (CFE) junto al proveedor",
            "Elaboración del presupuesto anual y seguimiento de desvíos",
            "Coordinación con auditores externos durante la auditoría anual",
            "Reportes de gestión para la gerencia en Excel y Power BI",
        ),
        skills=("Excel avanzado", "Memory Conty", "GNS", "Power BI", "SAP Business One", "Zureo"),
        schools=(
            "Universidad de la República (Udelar)",
            "Universidad ORT Uruguay",
            "Universidad Católica del Uruguay",
        ),
        degrees=(
            ("Contador Público", ""),
            ("Licenciatura", "Administración"),
            ("Tecnólogo", "Administración y Contabilidad"),
        ),
    ),
    "pdf-cameroonian-cv": Pool(
        first=("Christelle", "Hervé", "Landry", "Aurélie", "Rodrigue", "Nadège", "Gaëlle"),
        last=("Mbarga Atangana", "Nkwenti", "Tchoumi", "Ngo Biyong", "Fotso Kamga", "Essomba"),
        cities=(
            ("Douala", None, "B.P. 4521", "Bonapriso"),
            ("Yaoundé", None, "B.P. 11873", "Bastos"),
            ("Douala", None, "B.P. 2307", "Akwa"),
        ),
        employers=(
            "Wouri Transit & Logistique SARL",
            "Sanaga Agro-Industries S.A.",
            "Cabinet Ekwalla & Associés",
            "Mboa Distribution S.A.",
        ),
        titles=(
            "Comptable principal",
            "Contrôleur de gestion",
            "Auditeur junior",
            "Chef de service comptabilité",
        ),
        highlights=(
            "Tenue de la comptabilité générale selon le SYSCOHADA révisé",
            "Préparation des déclarations fiscales et sociales (DSF, CNPS)",
            "Élaboration des états financiers annuels et de la liasse fiscale",
            "Suivi de la trésorerie et rapprochements bancaires mensuels",
            "Mise en place de tableaux de bord de gestion sous Excel",
            "Participation aux missions d'audit légal chez des clients industriels",
            "Suivi des relations avec la Direction Générale des Impôts",
            "Encadrement de trois stagiaires en comptabilité",
        ),
        skills=(
            "Sage Saari Comptabilité",
            "SAP FI/CO",
            "MS Excel (tableaux croisés dynamiques)",
            "Word",
            "PowerPoint",
            "Odoo",
        ),
        schools=("Université de Douala", "Université de Yaoundé II \u2013 Soa", "ESSEC de Douala"),
        degrees=(
            ("Master professionnel", "Comptabilité, Contrôle et Audit"),
            ("Licence", "Sciences de gestion"),
            ("BTS", "Comptabilité et Gestion des Entreprises"),
        ),
    ),
    "pdf-us-product-manager": Pool(
        first=("Renata", "Dashiell", "Imani", "Callum", "Soraya", "Wren"),
        last=("Whitacre", "Brandvold", "Castellanos-Reid", "Pettaway", "Okonjo-Hale"),
        cities=(
            ("Austin", "TX", "512", ""),
            ("Denver", "CO", "720", ""),
            ("Chicago", "IL", "312", ""),
            ("Raleigh", "NC", "919", ""),
        ),
        employers=(
            "Tallgrass Payments",
            "Brightwell Health",
            "Loomcraft",
            "Parcelwise",
            "Ridgeline Software",
        ),
        titles=(
            "Senior Product Manager",
            "Product Manager",
            "Associate Product Manager",
            "Group Product Manager",
        ),
        highlights=(
            "Launched a self-serve onboarding flow that lifted trial-to-paid conversion by 18%",
            "Owned the roadmap for a payments API used by 4,000+ merchants",
            "Ran 30+ A/B tests with design and data science to improve checkout completion",
            "Defined OKRs and quarterly priorities with engineering and design leads",
            "Cut support tickets 25% by shipping in-app guidance and clearer error states",
            "Interviewed 60 customers to validate a new analytics dashboard before build",
            "Partnered with sales to close three enterprise deals worth $1.2M ARR",
            "Wrote PRDs and user stories for a team of 9 engineers in two-week sprints",
            "Sunset two legacy features, freeing 20% of team capacity for new bets",
            "Built the pricing page experiment program, raising annual-plan mix from 31% to 44%",
            "Shipped a mobile check-in feature used by 250K patients a month",
            "Set up product analytics tracking plan and dashboards in Amplitude",
            "Led discovery for an AI-assisted search, from prototype to beta in 10 weeks",
            "Reduced onboarding time for enterprise accounts from 6 weeks to 12 days",
        ),
        skills=(),
        schools=(
            "Purdue University",
            "University of Texas at Austin",
            "University of Illinois Urbana-Champaign",
        ),
        degrees=(
            ("B.S.", "Industrial Engineering"),
            ("B.A.", "Economics"),
            ("B.S.", "Information Sciences"),
        ),
    ),
}

KA_SUMMARY = (
    "ანალიტიკური აზროვნების მქონე სპეციალისტი, რომელსაც აქვს ფინანსურ და ტექნოლოგიურ "
    "კომპანიებში მუშაობის გამოცდილება. ორიენტირებული ვარ შედეგზე და გუნდურ მუშაობაზე."
)
KA_LANGUAGES = (
    ("ქართული", "მშობლიური"),
    ("ინგლისური", "თავისუფლად (C1)"),
    ("რუსული", "კარგად (B2)"),
    ("გერმანული", "საშუალოდ (A2)"),
)
KA_TRAITS = ("პასუხისმგებლობა", "გუნდური მუშაობა", "სწრაფი სწავლის უნარი", "ორგანიზებულობა")
UY_SUMMARY = (
    "Profesional del área contable con experiencia en empresas de servicios y logística. "
    "Busco continuar mi desarrollo en un equipo de administración y finanzas."
)
UY_LANGUAGES = (("Inglés", "avanzado (First Certificate)"), ("Portugués", "intermedio"))
UY_LICEOS = ("Liceo N.º 41 Raúl Montero Bustamante", "Colegio y Liceo Santa Clara de Asís")
UY_REFEREES = (
    ("Cra. Laura Méndez", "Gerente de Administración", "099 214 870"),
    ("Ec. Pablo Rivero", "Director Financiero", "098 377 105"),
)
CM_OBJECTIVE = (
    "Mettre mes compétences en comptabilité et en contrôle de gestion au service d'une "
    "entreprise dynamique, dans un environnement exigeant et formateur."
)
CM_LANGUAGES = (
    ("Français", "lu, écrit, parlé"),
    ("Anglais", "lu, écrit, parlé"),
    ("Espagnol", "notions"),
)
CM_LYCEES = ("Lycée Bilingue d'Edéa", "Lycée Technique de Nkongsamba", "Collège Saint-Benoît")
CM_BIRTHPLACES = ("Bafoussam", "Edéa", "Kribi", "Bamenda", "Ebolowa")
CM_HOBBIES = ("Lecture", "Football", "Voyages", "Musique", "Bénévolat associatif")
PM_SUMMARY = (
    "Product manager who turns messy customer problems into shipped, measurable outcomes. "
    "Comfortable with SQL, at home in discovery and happiest working shoulder to shoulder "
    "with engineering and design."
)
PM_CATEGORIES = (
    ("Product", ("Roadmapping", "Discovery", "Prioritization (RICE)", "Go-to-Market")),
    ("Analytics", ("SQL", "A/B Testing", "Amplitude", "Looker")),
    ("Tools", ("Jira", "Figma", "Productboard", "Notion")),
    ("Delivery", ("Agile / Scrum", "PRDs", "Stakeholder Management")),
)
PM_CERTS = (
    ("Certified Scrum Product Owner (CSPO)", "Scrum Alliance"),
    ("Pragmatic Certified Product Manager", "Pragmatic Institute"),
)
KELLOGG = "Kellogg School of Management, Northwestern University"
PM_LAUNCHES = (
    ("Merchant Insights dashboard", "adopted by 62% of active accounts in 90 days"),
    ("Usage-based billing", "rolled out to 1,100 customers with zero downtime"),
)
PM_RANK = (
    "Group Product Manager",
    "Senior Product Manager",
    "Product Manager",
    "Associate Product Manager",
)
ACCENTS = ((37, 78, 140), (0, 110, 100), (140, 40, 60), (70, 60, 130))


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-georgian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(ACCENTS),
            "headline": rng.random() < 0.6,
            "country": rng.random() < 0.5,
            "education_first": rng.random() < 0.3,
        }
    if style == "pdf-uruguayan-cv":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "accent": rng.choice(((30, 60, 110), (90, 90, 90), (0, 100, 140))),
            "photo": rng.random() < 0.5,
            "country": rng.random() < 0.5,
            "education_first": rng.random() < 0.4,
            "referees": rng.random() < 0.5,
        }
    if style == "pdf-cameroonian-cv":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "headline": rng.random() < 0.6,
            "photo": rng.random() < 0.6,
        }
    if style == "pdf-us-product-manager":
        return {
            "dates": rng.choice(("mon", "numeric", "long")),
            "accent": rng.choice(ACCENTS),
            "sidebar": rng.choice(("left", "right")),
            "long": rng.random() < 0.5,
            "mba": rng.random() < 0.5,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = latin(name).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    degrees: list[Degree] = []
    if style == "pdf-us-product-manager":
        jobs = _chain(rng, pool, rng.choice((4, 5)), rng.random() < 0.75)
        ranked = sorted((job.position for job in jobs), key=PM_RANK.index)
        for job, position in zip(jobs, ranked, strict=True):
            job.position = position
    else:
        jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-georgian-cv":
        phone = f"+995 5{rng.randint(50, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["summary"] = KA_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, city, "ბათუმი"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "მაგისტრი":
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 7)))
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 7)))
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}"
        languages = [KA_LANGUAGES[0], *rng.sample(KA_LANGUAGES[1:], rng.randint(1, 3))]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["traits"] = rng.sample(KA_TRAITS, 3)
    elif style == "pdf-uruguayan-cv":
        if rng.random() < 0.5:
            phone = f"09{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        else:
            phone = f"+598 9{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}{last[0]}{rng.randint(80, 99)}@"
        email += rng.choice(("gmail.com", "hotmail.com", "adinet.com.uy"))
        extra["ci"] = f"{rng.randint(3, 5)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-"
        extra["ci"] += str(rng.randint(0, 9))
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        ending = "a" if name.split()[0].endswith("a") else "o"
        extra["civil"] = rng.choice(("Solter", "Casad", "Solter")) + ending
        extra["summary"] = UY_SUMMARY
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-uy"
        for job in jobs:
            job.city = rng.choice((city, city, "Canelones", "Ciudad de la Costa"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        years = {"Contador Público": 5, "Licenciatura": 4}.get(study, 3)
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - years, 3), (end_year, 12))
        )
        degrees.append(
            Degree(
                rng.choice(UY_LICEOS),
                "Bachillerato Diversificado",
                "Economía",
                (end_year - years - 3, 3),
                (end_year - years - 1, 12),
            )
        )
        languages = [("Español", "nativo"), *UY_LANGUAGES[: rng.randint(1, 2)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-cameroonian-cv":
        phone = f"(+237) 6 {rng.choice((77, 79, 90, 96, 99))} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}{last.replace(' ', '')}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        label = rng.choice(("Comptable", "Contrôleur de gestion", "Auditeur financier"))
        extra["summary"] = CM_OBJECTIVE
        extra["born"] = (
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 24}"
            f" à {rng.choice(CM_BIRTHPLACES)}"
        )
        extra["civil"] = rng.choice(("Célibataire", "Marié(e)", "Célibataire sans enfant"))
        extra["permis"] = rng.random() < 0.5
        extra["hobbies"] = rng.sample(CM_HOBBIES, 3)
        for job in jobs:
            job.city = rng.choice((city, "Douala", "Yaoundé", "Limbé"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("Master"):
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 10), (end_year, 7))
            )
            end_year -= 2
            study, area = pool.degrees[1]
        years = 3 if study == "Licence" else 2
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - years, 10), (end_year, 7))
        )
        degrees.append(
            Degree(
                rng.choice(CM_LYCEES),
                "Baccalauréat",
                rng.choice(("série G2", "série C", "série D")),
                (end_year - years - 1, 9),
                (end_year - years, 7),
            )
        )
        languages = list(CM_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    else:
        phone = f"({street or postal}) 555-0{rng.randint(100, 199)}"
        handle = f"{first}{last.replace('-', '')}"
        email = f"{first}.{last.replace('-', '')}@{rng.choice(('gmail.com', 'outlook.com'))}"
        label = jobs[0].position
        if rng.random() < 0.6:
            url = f"https://{handle}.com"
        extra["linkedin"] = f"https://www.linkedin.com/in/{handle}"
        extra["postal"] = None
        extra["street"] = None
        extra["summary"] = PM_SUMMARY
        extra["mba_years"] = (jobs[0].start[0] - 2, jobs[0].start[0])
        for job in jobs:
            job.city = rng.choice((f"{city}, {region}", "Remote", "San Francisco, CA"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 8), (end_year, 5)))
        cats = rng.sample(PM_CATEGORIES, rng.randint(3, 4))
        extra["categories"] = [(c, list(k)) for c, k in cats]
        cert_name, issuer = rng.choice(PM_CERTS)
        extra["cert"] = (cert_name, issuer, rng.randint(jobs[-1].start[0] + 1, 2025))
        languages = [("English", "Native")]
        if rng.random() < 0.5:
            languages.append(("Spanish", "Professional working proficiency"))
    person = Person40(
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
    return person


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    profiles = []
    if "linkedin" in extra:
        link = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": link.rsplit("/", 1)[-1], "url": link})
    country = None
    if style == "pdf-cameroonian-cv":
        country = "CM"
    elif style in ("pdf-georgian-cv", "pdf-uruguayan-cv") and options.get("country"):
        country = {"pdf-georgian-cv": "GE", "pdf-uruguayan-cv": "UY"}[style]
    address = extra["street"]
    postal = extra["postal"]
    if style == "pdf-cameroonian-cv":
        address, postal = f"{extra['street']}, {extra['postal']}", None
    location: dict[str, Any] = {
        "address": address,
        "postalCode": postal,
        "city": person.city,
        "region": person.region,
        "countryCode": country,
    }
    name = person.name
    basics = drop_empty(
        {
            "name": name,
            "label": person.label if options.get("headline", True) else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
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
    for d in person.degrees:
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-cameroonian-cv":
            item["endDate"] = str(d.end[0])
            if d.study != "Baccalauréat":
                item["startDate"] = str(d.start[0])
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if "categories" in extra:
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates = []
    if "cert" in extra:
        cert_name, issuer, year = extra["cert"]
        certificates.append({"name": cert_name, "issuer": issuer, "date": str(year)})
    if style == "pdf-us-product-manager" and options["mba"]:
        start, end = extra["mba_years"]
        mba = {"institution": KELLOGG, "studyType": "MBA", "startDate": str(start)}
        education.insert(0, mba | {"endDate": str(end)})
    projects = [
        {"name": name, "description": text}
        for name, text in (PM_LAUNCHES if options.get("long") else ())
    ]
    interests = [{"name": hobby} for hobby in extra.get("hobbies", [])]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "projects": projects,
            "skills": skills,
            "languages": languages,
            "interests": interests,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-georgian-cv":
        return _georgian(person, options), "pdf"
    if style == "pdf-uruguayan-cv":
        return _uruguayan(person, options), "pdf"
    if style == "pdf-cameroonian-cv":
        return _cameroonian(person, options), "pdf"
    if style == "pdf-us-product-manager":
        return _product_manager(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _ka_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}.{month[0]}"
        return f"{THVEEBI[month[1] - 1]} {month[0]}"

    return f"{one(start)} \u2013 {'დღემდე' if end is None else one(end)}"


def _georgian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - CV")
    left, label_w = 14.0, 50.0
    x = left + label_w + 6
    width = 196 - x
    grey = (95, 95, 95)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(left + label_w + 3, 14, left + label_w + 3, 280)
        pdf.set_xy(x, 285)
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(width, 4, f"გვერდი {pdf.page_no()} / {{nb}}", align="R")
        pdf.set_text_color(0, 0, 0)
        y = 16.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_xy(left, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(*accent)
        pdf.multi_cell(label_w, 5, text, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.2)
        pdf.line(x, y + 2.6, x + width, y + 2.6)
        y += 7

    def row(label: str, value: str, size: float = 9) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(left, y)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(*grey)
        pdf.cell(label_w, 5, label, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", size)
        pdf.multi_cell(width, 5, value, align="L")
        y = pdf.get_y() + 0.8

    new_page()
    pdf.set_xy(left, y + 1)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*accent)
    pdf.cell(label_w, 7, "CV", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(width, 9, person.name)
    y += 10
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, person.label or "")
        pdf.set_text_color(0, 0, 0)
        y += 7
    heading("პირადი ინფორმაცია")
    address = f"{extra['street']}, {person.city} {extra['postal']}"
    if options["country"]:
        address += ", საქართველო"
    row("მისამართი", address)
    row("მობილური", person.phone)
    row("ელ-ფოსტა", person.email)
    row("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    row("დაბადების თარიღი", extra["born"])

    def summary() -> None:
        nonlocal y
        heading("შესახებ")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width, 4.8, extra["summary"], align="L")
        y = pdf.get_y() + 1

    def experience() -> None:
        nonlocal y
        heading("სამუშაო გამოცდილება")
        for job in person.jobs:
            need(26)
            pdf.set_xy(left, y)
            pdf.set_font("Sans", "", 8)
            pdf.set_text_color(*grey)
            pdf.multi_cell(label_w, 4.4, _ka_span(job.start, job.end, form), align="R")
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 10)
            pdf.multi_cell(width, 5.2, job.position, align="L")
            pdf.set_xy(x, pdf.get_y())
            pdf.set_font("Sans", "", 9)
            pdf.multi_cell(width, 4.8, f"{job.company}, {job.city}", align="L")
            y = pdf.get_y() + 1
            for note in job.highlights:
                need(6)
                pdf.set_xy(x + 1, y)
                pdf.set_font("Sans", "", 8.6)
                pdf.cell(4, 4.5, "\u25aa")
                pdf.multi_cell(width - 5, 4.5, note, align="L")
                y = pdf.get_y() + 0.4
            y += 3

    def education() -> None:
        nonlocal y
        heading("განათლება")
        for d in person.degrees:
            need(18)
            pdf.set_xy(left, y)
            pdf.set_font("Sans", "", 8)
            pdf.set_text_color(*grey)
            pdf.cell(label_w, 4.6, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.6)
            pdf.multi_cell(width, 5, d.institution, align="L")
            pdf.set_xy(x, pdf.get_y())
            pdf.set_font("Sans", "", 9)
            pdf.multi_cell(width, 4.8, f"{d.study}, {d.area}", align="L")
            y = pdf.get_y() + 3

    summary()
    for block in (education, experience) if options["education_first"] else (experience, education):
        block()
    heading("ენები")
    for lang, level in person.languages:
        row(lang, level)
    heading("კომპიუტერული უნარები")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 5, ", ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    heading("პიროვნული თვისებები")
    pdf.set_xy(x, y)
    pdf.multi_cell(width, 5, "; ".join(extra["traits"]), align="L")
    y = pdf.get_y()
    _check(y, 280, person)
    return bytes(pdf.output())


def _uy_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        if form == "years":
            return str(month[0])
        return f"{MESES[month[1] - 1].capitalize()} {month[0]}"

    if end is None:
        return f"{one(start)} \u2013 {'a la fecha' if form == 'numeric' else 'actualidad'}"
    return f"{one(start)} \u2013 {one(end)}"


def _uruguayan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    x, width = 20.0, 170.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 18.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_fill_color(232, 236, 242)
        pdf.rect(x, y, width, 6.4, style="F")
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, 1.4, 6.4, style="F")
        pdf.set_xy(x + 3.5, y + 0.5)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 5.4, text.upper())
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(width, 4, "CURRÍCULUM VITAE")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, y + 5)
    pdf.set_font("Sans", "B", 19)
    pdf.cell(width - 35, 9, person.name)
    if options["photo"]:
        pdf.set_draw_color(170, 170, 170)
        pdf.set_fill_color(238, 238, 238)
        pdf.rect(x + width - 26, y - 4, 26, 32, style="DF")
    y = max(y + 17, 43.0) if options["photo"] else y + 17
    heading("Datos personales")
    address = f"{extra['street']}, {person.city}, C.P. {extra['postal']}"
    if options["country"]:
        address += ", Uruguay"
    rows = [
        ("Fecha de nacimiento:", extra["born"]),
        ("Cédula de identidad:", extra["ci"]),
        ("Estado civil:", extra["civil"]),
        ("Domicilio:", address),
        ("Celular:", person.phone),
        ("Correo electrónico:", person.email),
    ]
    if "linkedin" in extra:
        rows.append(("LinkedIn:", extra["linkedin"].removeprefix("https://www.")))
    for key, value in rows:
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(42, 5, key)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 44, 5, value)
        y += 5.2
    heading("Perfil")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width - 2, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def experience() -> None:
        nonlocal y
        heading("Experiencia laboral")
        for job in person.jobs:
            need(28)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - 52, 5, job.company)
            pdf.set_font("Sans", "I", 8.8)
            pdf.cell(50, 5, _uy_span(job.start, job.end, form), align="R")
            pdf.set_xy(x + 2, y + 5)
            pdf.set_font("Sans", "", 9.3)
            pdf.cell(width - 2, 5, f"Cargo: {job.position} ({job.city})")
            y += 10.5
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "U", 8.8)
            pdf.cell(width, 4.6, "Tareas realizadas:")
            y += 5
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + 5, y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.6, "\u2022")
                pdf.multi_cell(width - 9, 4.6, note, align="L")
                y = pdf.get_y() + 0.3
            y += 3

    def education() -> None:
        nonlocal y
        heading("Formación académica")
        for d in person.degrees:
            need(12)
            degree = f"{d.study} en {d.area}" if d.study == "Licenciatura" else d.study
            if d.study == "Tecnólogo":
                degree = f"{d.study} en {d.area}"
            if d.study.startswith("Bachillerato"):
                degree = f"{d.study} \u2013 opción {d.area}"
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "B", 9.6)
            pdf.cell(width - 32, 5, degree)
            pdf.set_font("Sans", "", 9)
            pdf.cell(30, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
            pdf.set_xy(x + 2, y + 5)
            pdf.set_font("Sans", "I", 9.2)
            pdf.cell(width - 2, 5, d.institution)
            y += 11.5

    blocks = (education, experience) if options["education_first"] else (experience, education)
    for block in blocks:
        block()
    heading("Idiomas")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(30, 5, f"{lang}:")
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width - 32, 5, level)
        y += 5.3
    heading("Informática")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 5, y)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(4, 5, "\u2022")
        pdf.cell(width - 9, 5, skill)
        y += 5
    heading("Referencias")
    if options["referees"]:
        for ref, role, mobile in UY_REFEREES:
            need(6)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(width - 2, 5, f"{ref} \u2013 {role} \u2013 Cel. {mobile}")
            y += 5.3
    else:
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "I", 9.2)
        pdf.cell(width - 2, 5, "Se proporcionarán a solicitud.")
        y += 5.3
    _check(y, 282, person)
    return bytes(pdf.output())


def _cm_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        if form == "years":
            return str(month[0])
        return f"{MOIS[month[1] - 1].capitalize()} {month[0]}"

    if end is None:
        today = "Aujourd\u2019hui" if form == "numeric" else "À ce jour"
        return f"{one(start)} \u2013 {today}"
    return f"{one(start)} \u2013 {one(end)}"


def _cameroonian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CURRICULUM VITAE")
    x, width, gutter = 18.0, 174.0, 40.0
    y = 0.0
    first, _, last = person.name.partition(" ")

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.6)
        pdf.rect(10, 10, 190, 277)
        y = 16.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_fill_color(217, 217, 217)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.rect(x, y, width, 6.2, style="DF")
        pdf.set_xy(x, y + 0.4)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width, 5.4, text, align="C")
        y += 9

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "BU", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    y += 12
    text_w = width - (36 if options["photo"] else 0)
    if options["photo"]:
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.rect(x + width - 30, y, 30, 36)
        pdf.set_xy(x + width - 30, y + 15)
        pdf.set_font("Serif", "I", 8)
        pdf.cell(30, 5, "Photo", align="C")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(text_w, 7, f"{first} {last.upper()}")
    y += 8
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(text_w, 6, person.label or "")
        y += 7
    pdf.set_font("Serif", "", 9.5)
    for line in (
        f"{extra['street']}, {extra['postal']} {person.city} \u2013 Cameroun",
        f"Tél. : {person.phone}",
        f"E-mail : {person.email}",
    ):
        pdf.set_xy(x, y)
        pdf.cell(text_w, 5, line)
        y += 5.2
    y = max(y, 66.0 if options["photo"] else y)
    heading("ÉTAT CIVIL")
    civil = [
        ("Date et lieu de naissance", extra["born"]),
        ("Nationalité", "Camerounaise"),
        ("Situation matrimoniale", extra["civil"]),
    ]
    if extra["permis"]:
        civil.append(("Permis de conduire", "Catégorie B"))
    for key, value in civil:
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(52, 5, key)
        pdf.cell(4, 5, ":")
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(width - 58, 5, value)
        y += 5.3
    heading("OBJECTIF PROFESSIONNEL")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width - 4, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("FORMATION ET DIPLÔMES")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    cols = (28.0, 76.0, width - 104)
    pdf.set_font("Serif", "B", 9.2)
    for offset, (text, col) in enumerate(
        zip(("Année", "Diplôme", "Établissement"), cols, strict=True)
    ):
        pdf.set_xy(x + sum(cols[:offset]), y)
        pdf.cell(col, 6, text, border=1, align="C")
    y += 6
    for d in person.degrees:
        years = str(d.end[0]) if d.study == "Baccalauréat" else f"{d.start[0]}\u2013{d.end[0]}"
        diploma = f"{d.study} {d.area}" if d.study == "Baccalauréat" else f"{d.study} en {d.area}"
        pdf.set_font("Serif", "", 9)
        lines = max(
            len(pdf.multi_cell(cols[1] - 2, 4.6, diploma, dry_run=True, output="LINES")),
            len(pdf.multi_cell(cols[2] - 2, 4.6, d.institution, dry_run=True, output="LINES")),
        )
        height = lines * 4.6 + 2
        need(height)
        for offset, (text, col) in enumerate(
            zip((years, diploma, d.institution), cols, strict=True)
        ):
            left = x + sum(cols[:offset])
            pdf.rect(left, y, col, height)
            pdf.set_xy(left + 1, y + 1)
            pdf.multi_cell(col - 2, 4.6, text, align="C" if offset == 0 else "L")
        y += height
    y += 1
    heading("EXPÉRIENCES PROFESSIONNELLES")
    for job in person.jobs:
        need(28)
        pdf.set_xy(x + 1, y)
        pdf.set_font("Serif", "B", 9.2)
        pdf.multi_cell(gutter - 4, 4.8, _cm_span(job.start, job.end, form), align="L")
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - gutter, 5, f"{job.company}, {job.city}")
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(17, 5, "Poste :")
        pdf.set_font("Serif", "BI", 9.5)
        pdf.cell(width - gutter - 17, 5, job.position)
        pdf.set_xy(x + gutter, y + 10)
        pdf.set_font("Serif", "U", 9.2)
        pdf.cell(width - gutter, 5, "Tâches principales :")
        y += 15.5
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + gutter + 2, y)
            pdf.set_font("Serif", "", 9.2)
            pdf.cell(4, 4.7, "\u2013")
            pdf.multi_cell(width - gutter - 6, 4.7, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("CONNAISSANCES INFORMATIQUES")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(4, 5, "\u2022")
        pdf.cell(width - 8, 5, skill)
        y += 5
    heading("LANGUES")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 9.3)
        pdf.cell(26, 5, lang)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(width - 30, 5, f": {level}")
        y += 5.2
    heading("CENTRES D'INTÉRÊT")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Serif", "", 9.3)
    pdf.cell(width - 8, 5, ", ".join(extra["hobbies"]))
    y += 6
    heading("RÉFÉRENCES")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Serif", "I", 9.3)
    pdf.cell(width - 8, 5, "Disponibles sur demande.")
    y += 6
    _check(y, 282, person)
    return bytes(pdf.output())


def _letter() -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="Letter", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    for variant, suffix in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        pdf.add_font("Sans", variant, str(FONTS / f"DejaVuSans{suffix}.ttf"))
    pdf.add_font("Light", "", str(FONTS / "DejaVuSans-ExtraLight.ttf"))
    return pdf


def _pm_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        if form == "long":
            return f"{MONTHS_EN[month[1] - 1]} {month[0]}"
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} \u2013 {'Present' if end is None else one(end)}"


def _product_manager(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _letter()
    pdf.set_title(f"{person.name} - Resume")
    page_w, page_h = 215.9, 279.4
    side_w = 60.0
    if options["sidebar"] == "left":
        side_x, main_x = 0.0, side_w + 9
    else:
        side_x, main_x = page_w - side_w, 12.0
    main_w = page_w - side_w - 21
    tint = tuple(int(c + (255 - c) * 0.9) for c in accent)
    ink = (35, 35, 40)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_fill_color(*tint)
        pdf.rect(side_x, 0, side_w, page_h, style="F")
        y = 14.0

    def need(height: float) -> None:
        if y + height > 266:
            new_page()

    def main_heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_xy(main_x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(main_w, 5.5, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(main_x, y + 6.5, main_x + 14, y + 6.5)
        pdf.set_text_color(*ink)
        y += 9

    new_page()
    band = 44.0
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, page_w, band, style="F")
    name = person.name + (", MBA" if options["mba"] else "")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 9)
    pdf.set_font("Sans", "B", 24)
    pdf.cell(page_w - 28, 11, name)
    pdf.set_xy(14, 21)
    pdf.set_font("Light", "", 13)
    pdf.cell(page_w - 28, 6.5, person.label or "")
    contact = [f"{person.city}, {person.region}", person.phone, person.email]
    contact.append(extra["linkedin"].removeprefix("https://www."))
    if person.url:
        contact.append(person.url.removeprefix("https://"))
    pdf.set_font("Sans", "", 8.3)
    lines = ["   |   ".join(contact)]
    if pdf.get_string_width(lines[0]) > page_w - 28:
        lines = ["   |   ".join(contact[:3]), "   |   ".join(contact[3:])]
    for offset, line in enumerate(lines):
        pdf.set_xy(14, 30 + 4.6 * offset)
        pdf.cell(page_w - 28, 4.6, line)
    pdf.set_text_color(*ink)

    # Sidebar, page one only.
    sx, sw = side_x + 8, side_w - 14
    sy = band + 8

    def side_heading(text: str) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(*accent)
        pdf.cell(sw, 5, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.3)
        pdf.line(sx, sy + 5.8, sx + sw, sy + 5.8)
        pdf.set_text_color(*ink)
        sy += 8

    side_heading("Skills")
    for category, keywords in extra["categories"]:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 8.4)
        pdf.cell(sw, 4.6, category)
        sy += 4.8
        for keyword in keywords:
            pdf.set_xy(sx, sy)
            pdf.set_font("Sans", "", 8.2)
            pdf.cell(sw, 4.3, keyword)
            sy += 4.3
        sy += 2
    sy += 2
    side_heading("Education")
    if options["mba"]:
        start, end = extra["mba_years"]
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 8.6)
        pdf.cell(sw, 4.4, "MBA")
        pdf.set_xy(sx, sy + 4.5)
        pdf.set_font("Sans", "", 8.2)
        pdf.multi_cell(sw, 4.3, KELLOGG, align="L")
        pdf.set_xy(sx, pdf.get_y())
        pdf.set_font("Sans", "I", 8)
        pdf.cell(sw, 4.3, f"{start} \u2013 {end}")
        sy = pdf.get_y() + 6.5
    for d in person.degrees:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 8.6)
        pdf.multi_cell(sw, 4.4, f"{d.study}, {d.area}", align="L")
        pdf.set_xy(sx, pdf.get_y())
        pdf.set_font("Sans", "", 8.2)
        pdf.multi_cell(sw, 4.3, d.institution, align="L")
        pdf.set_xy(sx, pdf.get_y())
        pdf.set_font("Sans", "I", 8)
        pdf.cell(sw, 4.3, f"{d.start[0]} \u2013 {d.end[0]}")
        sy = pdf.get_y() + 6.5
    sy += 1
    side_heading("Certifications")
    cert_name, issuer, year = extra["cert"]
    pdf.set_xy(sx, sy)
    pdf.set_font("Sans", "B", 8.4)
    pdf.multi_cell(sw, 4.4, cert_name, align="L")
    pdf.set_xy(sx, pdf.get_y())
    pdf.set_font("Sans", "", 8.2)
    pdf.cell(sw, 4.3, f"{issuer} \u00b7 {year}")
    sy = pdf.get_y() + 8
    side_heading("Languages")
    for lang, level in person.languages:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 8.4)
        pdf.cell(sw, 4.4, lang)
        pdf.set_xy(sx, sy + 4.4)
        pdf.set_font("Sans", "", 8.2)
        pdf.multi_cell(sw, 4.3, level, align="L")
        sy = pdf.get_y() + 2
    if sy > 270:
        raise ValueError(f"sidebar overflows for {person.name}")

    y = band + 6
    main_heading("Summary")
    pdf.set_xy(main_x, y)
    pdf.set_font("Sans", "", 8.9)
    pdf.multi_cell(main_w, 4.6, extra["summary"], align="L")
    y = pdf.get_y() + 1
    main_heading("Experience")
    for job in person.jobs:
        need(26)
        pdf.set_xy(main_x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(main_w - 44, 5.2, job.position)
        pdf.set_font("Sans", "", 8.3)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(44, 5.2, _pm_span(job.start, job.end, form), align="R")
        pdf.set_xy(main_x, y + 5.3)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*accent)
        company_w = pdf.get_string_width(job.company) + 1
        pdf.cell(company_w, 4.8, job.company)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(main_w - company_w, 4.8, f"  \u00b7  {job.city}")
        pdf.set_text_color(*ink)
        y += 11.5
        for note in job.highlights:
            need(5)
            pdf.set_xy(main_x + 1, y)
            pdf.set_font("Sans", "", 8.7)
            pdf.set_text_color(*accent)
            pdf.cell(4, 4.5, "\u25cf")
            pdf.set_text_color(*ink)
            pdf.multi_cell(main_w - 5, 4.5, note, align="L")
            y = pdf.get_y() + 0.8
        y += 3
    if options["long"]:
        main_heading("Selected Launches")
        for launch, text in PM_LAUNCHES:
            line = f"{launch} \u2013 {text}"
            need(6)
            pdf.set_xy(main_x + 1, y)
            pdf.set_font("Sans", "", 8.7)
            pdf.multi_cell(main_w - 1, 4.5, line, align="L")
            y = pdf.get_y() + 1.2
    _check(y, 270, person)
    return bytes(pdf.output())

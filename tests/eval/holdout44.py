"""Forty-fourth held-out round ("holdout-44"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the Cypriot CV is written in Greek)

from __future__ import annotations

import io
import random
import unicodedata
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip, profile_links

HOLDOUT_TAG = "holdout-44"
GENERATOR = "tests/eval/holdout44.py"
SEED = 4_417_263

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-maltese-cv", 3),
    ("pdf-cypriot-greek-cv", 3),
    ("pdf-novoresume-export", 3),
    ("docx-polish-cv-word", 3),
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
MINES = (
    "Ιανουάριος",
    "Φεβρουάριος",
    "Μάρτιος",
    "Απρίλιος",
    "Μάιος",
    "Ιούνιος",
    "Ιούλιος",
    "Αύγουστος",
    "Σεπτέμβριος",
    "Οκτώβριος",
    "Νοέμβριος",
    "Δεκέμβριος",
)
MIESIACE = (
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
)

POOLS: dict[str, Pool] = {
    "pdf-maltese-cv": Pool(
        first=("Ġużeppa", "Kristjan", "Rebekka", "Ġorġ", "Leanne", "Matthias", "Dorianne"),
        last=("Xuereb", "Mifsud", "Azzopardi", "Spiteri", "Ċassar", "Buħagiar"),
        cities=(
            ("Birkirkara", None, "BKR 1532", "Flat 3, Triq il-Wied"),
            ("Żebbuġ", None, "ZBG 1208", "47, Triq Dun Karm"),
            ("Mosta", None, "MST 2051", "Ta' Bieb, Triq il-Kostituzzjoni"),
        ),
        employers=(
            "Lanternfish Gaming Ltd",
            "Marsamxett Payments Ltd",
            "Għajn Tuffieħa Fund Services Ltd",
            "Comino Risk Partners Ltd",
            "Dingli Cliffs Insurance Brokers Ltd",
        ),
        titles=(
            "Senior Compliance Officer",
            "AML Analyst",
            "Payments Operations Executive",
            "Fraud & Risk Analyst",
            "Fund Accountant",
        ),
        highlights=(
            "Carried out enhanced due diligence on high-risk players in line with MGA requirements",
            "Reviewed suspicious transactions and drafted STRs for the MLRO",
            "Reconciled daily payment flows across 14 PSPs and card acquirers",
            "Prepared monthly compliance reports for the Board of Directors",
            "Supported the FIAU compliance examination in 2023",
            "Trained new joiners on KYC procedures and source-of-wealth checks",
            "Maintained the risk register and tracked remediation actions",
            "Prepared NAV calculations for UCITS and AIF clients",
            "Liaised with external auditors during the year-end audit",
        ),
        skills=(
            "MS Excel (advanced)",
            "Salesforce",
            "World-Check One",
            "Power BI",
            "SQL",
            "Jira",
            "SAP Business One",
        ),
        schools=("University of Malta", "MCAST Institute of Business and Commerce"),
        degrees=(
            ("Bachelor of Commerce (Honours)", "Accountancy"),
            ("BA (Hons)", "Financial Services"),
        ),
    ),
    "pdf-cypriot-greek-cv": Pool(
        first=("Χρυσάνθη", "Σάββας", "Μαρίνα", "Νεόφυτος", "Στέλλα", "Κυριάκος", "Ελπίδα"),
        last=("Χαραλάμπους", "Νεοφύτου", "Σωτηρίου", "Χριστοφόρου", "Ευαγγέλου", "Κυπριανού"),
        cities=(
            ("Λευκωσία", None, "1065", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 58, Διαμ. 203"),
            ("Λεμεσός", None, "3036", "Οδός Γλάδστωνος 14"),
            ("Λάρνακα", None, "6023", "Λεωφόρος Γρίβα Διγενή 91"),
        ),
        employers=(
            "Πενταδάκτυλος Συμβουλευτική Λτδ",
            "Ακάμας Λογισμικό Λτδ",
            "Τρόοδος Ασφαλιστική Λτδ",
            "Κυπριακή Εταιρεία Ελέγχου Αγαθοκλέους & Σία",
            "Αμμόχωστος Ναυτιλιακή Λτδ",
        ),
        titles=(
            "Ανώτερη Λογίστρια",
            "Λογίστρια",
            "Βοηθός Ελεγκτή",
            "Οικονομική Αναλύτρια",
            "Υπεύθυνη Μισθοδοσίας",
        ),
        highlights=(
            "Τήρηση λογιστικών βιβλίων και σύνταξη μηνιαίων οικονομικών καταστάσεων",
            "Προετοιμασία δηλώσεων ΦΠΑ και υποβολή στο Τμήμα Φορολογίας",
            "Συμμετοχή σε ελέγχους οικονομικών καταστάσεων πελατών σύμφωνα με τα ΔΠΧΑ",
            "Συμφιλίωση τραπεζικών λογαριασμών και λογαριασμών προμηθευτών",
            "Επεξεργασία μισθοδοσίας και εισφορών Κοινωνικών Ασφαλίσεων",
            "Προετοιμασία προϋπολογισμού και ανάλυση αποκλίσεων",
            "Επικοινωνία με πελάτες και εξωτερικούς ελεγκτές",
            "Εκπαίδευση νέων υπαλλήλων στο λογιστικό σύστημα",
        ),
        skills=(
            "MS Office (Excel, Word, Outlook)",
            "SAP",
            "Soft1 ERP",
            "CaseWare",
            "Power BI",
            "Xero",
        ),
        schools=(
            "Πανεπιστήμιο Κύπρου",
            "Τεχνολογικό Πανεπιστήμιο Κύπρου",
            "Ευρωπαϊκό Πανεπιστήμιο Κύπρου",
        ),
        degrees=(
            ("Πτυχίο", "Λογιστική και Χρηματοοικονομική"),
            ("Μεταπτυχιακό Δίπλωμα (MSc)", "Χρηματοοικονομική"),
            ("Πτυχίο", "Οικονομικά"),
        ),
    ),
    "pdf-novoresume-export": Pool(
        first=("Imogen", "Cormac", "Priyanka", "Rhiannon", "Tobias", "Ottilie"),
        last=("Ashworth-Pryce", "Drummond-Kaye", "Okonjo-Hale", "Vettriano", "Blackwood-Sen"),
        cities=(
            ("London", None, None, "London, United Kingdom"),
            ("Manchester", None, None, "Manchester, United Kingdom"),
            ("Bristol", None, None, "Bristol, United Kingdom"),
        ),
        employers=(
            "Brightwater Commerce",
            "Tillbury & Finch",
            "Northlight Studios",
            "Quayside Health Tech",
            "Parcelpoint UK",
        ),
        titles=(
            "Digital Marketing Manager",
            "Growth Marketing Lead",
            "Content Marketing Specialist",
            "Marketing Executive",
            "CRM Manager",
        ),
        highlights=(
            "Grew organic traffic by 68% in 12 months through a content and SEO overhaul",
            "Managed a £420k annual paid media budget across Google, Meta and LinkedIn",
            "Launched lifecycle email journeys that lifted repeat purchase rate by 11%",
            "Led a team of 4 marketers and 2 freelance designers",
            "Rebuilt the marketing dashboard in Looker Studio for weekly reporting",
            "Ran A/B tests on landing pages, improving conversion from 2.1% to 3.4%",
            "Coordinated the rebrand launch with the product and sales teams",
            "Negotiated agency contracts and reduced media costs by 15%",
        ),
        skills=(
            "SEO",
            "Google Ads",
            "Meta Ads Manager",
            "HubSpot",
            "Looker Studio",
            "Copywriting",
            "A/B Testing",
            "Klaviyo",
            "Figma",
            "Stakeholder Management",
        ),
        schools=("University of Leeds", "Cardiff University", "University of Exeter"),
        degrees=(
            ("BA (Hons)", "Marketing"),
            ("BSc", "Business Management"),
            ("MSc", "Digital Marketing"),
        ),
    ),
    "docx-polish-cv-word": Pool(
        first=("Jadwiga", "Radosław", "Bożena", "Mieczysław", "Żaneta", "Łucja", "Zbigniew"),
        last=("Kołodziej", "Ożóg", "Szewczyk", "Sobczak", "Krawczyk", "Dudek"),
        cities=(
            ("Gdańsk", None, "80-244", "ul. Grunwaldzka 112/5"),
            ("Poznań", None, "61-714", "ul. Ratajczaka 19 m. 7"),
            ("Łódź", None, "90-441", "ul. Piotrkowska 203/11"),
        ),
        employers=(
            "Pomorskie Zakłady Automatyki Sp. z o.o.",
            "Warta Energoserwis S.A.",
            "Kaszubska Mechatronika Sp. z o.o.",
            "Łódzkie Centrum Usług Wspólnych Sp. z o.o.",
            "Bursztynowe Systemy Sterowania Sp. z o.o.",
        ),
        titles=(
            "Inżynier automatyk",
            "Specjalista ds. utrzymania ruchu",
            "Programista PLC",
            "Kierownik projektu",
            "Młodszy inżynier procesu",
        ),
        highlights=(
            "Programowanie sterowników PLC Siemens S7-1500 w środowisku TIA Portal",
            "Uruchamianie linii produkcyjnych u klientów w Polsce i Niemczech",
            "Przygotowywanie dokumentacji technicznej i instrukcji stanowiskowych",
            "Nadzór nad pracą zespołu 6 techników utrzymania ruchu",
            "Wdrożenie systemu SCADA (WinCC) na wydziale montażu",
            "Analiza awarii i wdrażanie działań korygujących (8D, 5 Why)",
            "Współpraca z działem zakupów przy wyborze dostawców komponentów",
            "Skrócenie czasu przezbrojenia linii o 25% (metoda SMED)",
        ),
        skills=(
            "TIA Portal",
            "AutoCAD Electrical",
            "EPLAN",
            "WinCC",
            "MS Office",
            "Python",
            "Lean Manufacturing",
        ),
        schools=("Politechnika Gdańska", "Politechnika Poznańska", "Politechnika Łódzka"),
        degrees=(
            ("magister inżynier", "Automatyka i Robotyka"),
            ("inżynier", "Mechatronika"),
            ("magister inżynier", "Elektrotechnika"),
        ),
    ),
}

COUNTRY = {"pdf-maltese-cv": "MT", "pdf-cypriot-greek-cv": "CY", "pdf-novoresume-export": "GB"}

# The masculine forms of the (feminine) Greek job titles, for the men in the pool.
GREEK_MASCULINE = {
    "Ανώτερη Λογίστρια": "Ανώτερος Λογιστής",
    "Λογίστρια": "Λογιστής",
    "Οικονομική Αναλύτρια": "Οικονομικός Αναλυτής",
    "Υπεύθυνη Μισθοδοσίας": "Υπεύθυνος Μισθοδοσίας",
}
GREEK_LATIN = {
    "Χρυσάνθη": "chrysanthi",
    "Σάββας": "savvas",
    "Μαρίνα": "marina",
    "Νεόφυτος": "neofytos",
    "Στέλλα": "stella",
    "Κυριάκος": "kyriakos",
    "Ελπίδα": "elpida",
    "Χαραλάμπους": "charalambous",
    "Νεοφύτου": "neophytou",
    "Σωτηρίου": "sotiriou",
    "Χριστοφόρου": "christoforou",
    "Ευαγγέλου": "evangelou",
    "Κυπριανού": "kyprianou",
}

MT_SUMMARY = (
    "Motivated and detail-oriented professional with several years of experience in the "
    "financial services and iGaming sectors in Malta. Comfortable working under pressure, "
    "meeting tight deadlines and liaising with regulators, auditors and senior management."
)
MT_INTERESTS = ("Sailing", "Volunteering with the Malta Red Cross", "Reading", "Hiking in Gozo")
CY_GOALS = (
    "Επιθυμώ να εξελιχθώ επαγγελματικά σε ένα δυναμικό περιβάλλον, αξιοποιώντας τις γνώσεις "
    "και την εμπειρία μου στη λογιστική και τη χρηματοοικονομική."
)
CY_SEMINARS = (
    "Σεμινάριο «Νέα Φορολογική Νομοθεσία 2024», ΙΠΑ, 2024",
    "Σεμινάριο «Ξέπλυμα Χρήματος και Συμμόρφωση», ΣΕΛΚ, 2023",
    "Εργαστήριο «Advanced Excel για Λογιστές», KPMG Academy, 2022",
)
NR_SUMMARY = (
    "Data-driven marketer with a track record of building brands and growing revenue for "
    "e-commerce and SaaS businesses. Passionate about storytelling, experimentation and "
    "turning insights into campaigns that perform."
)
NR_LEVELS = (
    "Native or Bilingual Proficiency",
    "Full Professional Proficiency",
    "Professional Working Proficiency",
    "Limited Working Proficiency",
    "Elementary Proficiency",
)
NR_CERTIFICATES = (
    ("Google Ads Search Certification", "Google"),
    ("Inbound Marketing Certification", "HubSpot Academy"),
    ("Certificate in Professional Marketing", "Chartered Institute of Marketing"),
    ("Meta Certified Digital Marketing Associate", "Meta"),
)
NR_VOLUNTEER = (
    (
        "Harbourside Food Bank",
        "Volunteer Communications Lead",
        "Ran the food bank's social channels and doubled monthly donations sign-ups",
    ),
    (
        "Young Founders Mentoring Network",
        "Marketing Mentor",
        "Mentored six first-time founders on go-to-market plans and pitch decks",
    ),
)
NR_INTERESTS = ("Trail running", "Podcasts", "Street photography", "Cooking", "Board games")
PL_INTERESTS = ("turystyka rowerowa", "szachy", "fotografia", "żeglarstwo", "majsterkowanie")
PL_RODO = (
    "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu prowadzenia rekrutacji na "
    "aplikowane przeze mnie stanowisko."
)


class _Person(Candidate):
    """A candidate whose file name comes from a Latin spelling when the name is Greek."""

    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.extra.get("latin") or self.name).split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-maltese-cv":
        return {
            "dates": rng.choice(("mon", "numeric", "long")),
            "accent": rng.choice(((20, 45, 90), (140, 20, 30), (30, 30, 30))),
            "education_first": rng.random() < 0.4,
            "headline": rng.random() < 0.5,
        }
    if style == "pdf-cypriot-greek-cv":
        return {
            "dates": rng.choice(("numeric", "words")),
            "shade": rng.choice((215, 225, 235)),
            "headline": rng.random() < 0.4,
        }
    if style == "pdf-novoresume-export":
        return {
            "dates": rng.choice(("numeric", "mon")),
            "accent": rng.choice(((38, 110, 180), (0, 128, 128), (190, 70, 60))),
            "headline": rng.random() < 0.75,
            "long": rng.random() < 0.5,
        }
    if style == "docx-polish-cv-word":
        return {
            "dates": rng.choice(("numeric", "words")),
            "layout": rng.choice(("table", "tabs")),
            "headline": rng.random() < 0.4,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    if style == "pdf-cypriot-greek-cv":
        first, last = (GREEK_LATIN[part] for part in name.split())
    else:
        slug = ascii_slug(name.replace("ħ", "h").replace("Ħ", "H")).split()
        first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "postal": postal}
    if style == "pdf-cypriot-greek-cv":
        extra["latin"] = f"{first} {last}"
    elif "ħ" in name:
        extra["latin"] = name.replace("ħ", "h")
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    take = 3
    if style == "pdf-novoresume-export":
        take = 3 if rng.random() < 0.5 else 4
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    skills = rng.sample(pool.skills, rng.randint(4, 6))
    if style == "pdf-maltese-cv":
        phone = f"+356 {rng.choice((79, 99, 77))}{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.com', 'yahoo.com'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["summary"] = MT_SUMMARY
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["interests"] = rng.sample(MT_INTERESTS, 3)
        extra["referees"] = rng.random() < 0.5
        for job in jobs:
            job.city = rng.choice(("St Julian's", "Sliema", "Valletta", "Mriehel", "Ta' Xbiex"))
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 10), (end_year, 6)))
        if rng.random() < 0.5:
            degrees.insert(
                0,
                Degree(
                    "Association of Chartered Certified Accountants",
                    "ACCA Qualification",
                    "",
                    (end_year + 1, 1),
                    (end_year + 3, 12),
                ),
            )
        languages = [
            ("Maltese", "Native"),
            ("English", rng.choice(("Fluent", "Native"))),
            *rng.sample((("Italian", "Intermediate"), ("French", "Basic")), rng.randint(0, 2)),
        ]
    elif style == "pdf-cypriot-greek-cv":
        phone = f"+357 {rng.choice((96, 97, 99))} {rng.randint(100000, 999999)}"
        email = f"{first[0]}.{last}@{rng.choice(('cytanet.com.cy', 'gmail.com', 'hotmail.com'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = CY_GOALS
        extra["born"] = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{end_year - 22}"
        extra["seminars"] = rng.sample(CY_SEMINARS, 2)
        male = name.split()[0] in ("Σάββας", "Νεόφυτος", "Κυριάκος")
        extra["army"] = male
        if male:
            for job in jobs:
                job.position = GREEK_MASCULINE.get(job.position, job.position)
        label = jobs[0].position
        for job in jobs:
            job.city = rng.choice((city, "Λευκωσία", "Λεμεσός"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("Μεταπτυχιακό"):
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 1, 9), (end_year, 6)))
            end_year -= 1
            study, area = pool.degrees[0]
            idx = 0
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        languages = [
            ("Ελληνικά", "Μητρική γλώσσα"),
            ("Αγγλικά", rng.choice(("Άριστα", "Πολύ καλά (C1)"))),
            *rng.sample((("Γαλλικά", "Καλά (B1)"), ("Ρωσικά", "Βασικά (A2)")), rng.randint(0, 1)),
        ]
    elif style == "pdf-novoresume-export":
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        email = f"{first}.{last.replace('-', '')}@{rng.choice(('gmail.com', 'icloud.com'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last.replace('-', '')}"
        if rng.random() < 0.5:
            url = f"https://{first}{last.split('-')[0]}.co.uk"
        extra["summary"] = NR_SUMMARY
        extra["interests"] = rng.sample(NR_INTERESTS, 3)
        extra["certificates"] = rng.sample(NR_CERTIFICATES, 2)
        org, role, note = rng.choice(NR_VOLUNTEER)
        vol_start = (jobs[0].start[0] - rng.randint(1, 3), rng.randint(1, 12))
        extra["volunteer"] = (org, role, note, vol_start)
        for job in jobs:
            job.city = rng.choice((city, "London", "Remote"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "MSc":
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 1, 9), (end_year, 9)))
            end_year -= 1
            idx = rng.randrange(2)
            study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 9), (end_year, 6)))
        skills = rng.sample(pool.skills, rng.randint(6, 9))
        languages = [
            ("English", NR_LEVELS[0]),
            *rng.sample(
                (("French", NR_LEVELS[2]), ("Spanish", NR_LEVELS[3]), ("German", NR_LEVELS[4])),
                rng.randint(1, 2),
            ),
        ]
    else:
        phone = rng.choice(("+48 ", "")) + (
            f"{rng.choice((501, 602, 698, 721))} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        )
        email = f"{first}.{last}@{rng.choice(('wp.pl', 'onet.pl', 'gmail.com', 'o2.pl'))}"
        label = jobs[0].position
        if rng.random() < 0.6:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(1, 9)}a"
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 24}"
        extra["interests"] = rng.sample(PL_INTERESTS, 3)
        extra["licence"] = rng.random() < 0.7
        for job in jobs:
            job.city = rng.choice((city, city, "Warszawa", "Bydgoszcz"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        if study.startswith("magister"):
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 1, 10), (end_year, 7))
            )
            end_year -= 1
            study = "inżynier"
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 10), (end_year, 2)))
        languages = [
            ("angielski", rng.choice(("zaawansowany (C1)", "średnio zaawansowany (B2)"))),
            *rng.sample((("niemiecki", "podstawowy (A2)"), ("rosyjski", "komunikatywny")), 1),
        ]
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
    profiles = profile_links(extra)
    location: dict[str, Any] = {
        "address": extra["street"] if style != "pdf-novoresume-export" else None,
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY.get(style),
    }
    show_label = options.get("headline", True)
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if show_label else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": extra.get("summary"),
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
    education: list[dict[str, Any]] = []
    for d in person.degrees:
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if d.study == "ACCA Qualification":
            item["startDate"] = str(d.start[0])
        elif style == "pdf-novoresume-export":
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    skills = [{"name": skill} for skill in person.skills]
    certificates = [
        {"name": name, "issuer": issuer} for name, issuer in extra.get("certificates", [])
    ]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    volunteer = []
    if options.get("long") and "volunteer" in extra:
        org, role, note, start = extra["volunteer"]
        volunteer.append(
            {
                "organization": org,
                "position": role,
                "startDate": iso_month(start, "month"),
                "highlights": [note],
            }
        )
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "volunteer": volunteer,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-maltese-cv":
        return _maltese(person, options), "pdf"
    if style == "pdf-cypriot-greek-cv":
        return _cypriot(person, options), "pdf"
    if style == "pdf-novoresume-export":
        return _novoresume(person, options), "pdf"
    if style == "docx-polish-cv-word":
        return _polish(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _mt_month(month: Month | None, form: str) -> str:
    if month is None:
        return "to date" if form == "numeric" else "Present"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    name = MONTHS_EN[month[1] - 1]
    return f"{name[:3]} {month[0]}" if form == "mon" else f"{name} {month[0]}"


def _maltese(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    x, width = 18.0, 174.0
    ink = (30, 30, 30)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 16.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 3.5
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        pdf.set_text_color(*ink)
        y += 9.5

    def bullet(text: str, indent: float = 3.0) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(4, 4.6, "\u2022")
        pdf.multi_cell(width - indent - 4, 4.6, text, align="L")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width, 10, person.name)
    y += 11
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, person.label or "")
        pdf.set_text_color(*ink)
        y += 7
    pdf.set_font("Sans", "", 9)
    contact = (
        f"{extra['street']}, {person.city} {extra['postal']}, Malta",
        f"Mobile: {person.phone}   |   Email: {person.email}",
        f"LinkedIn: {extra['linkedin'].removeprefix('https://')}",
    )
    for line in contact:
        pdf.set_xy(x, y)
        pdf.cell(width, 4.6, line)
        y += 4.7
    y += 1
    heading("Personal Details")
    for key, value in (
        ("Date of Birth:", extra["born"]),
        ("Nationality:", "Maltese"),
        ("Driving Licence:", "Full clean licence (Category B)"),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(34, 4.8, key)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width - 34, 4.8, value)
        y += 5
    heading("Personal Statement")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 4.7, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def experience() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(26)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(width - 56, 5, job.position)
            pdf.set_font("Sans", "", 9)
            pdf.cell(
                56, 5, f"{_mt_month(job.start, form)} \u2013 {_mt_month(job.end, form)}", align="R"
            )
            pdf.set_xy(x, y + 5.2)
            pdf.set_font("Sans", "I", 9.5)
            pdf.cell(width, 5, f"{job.company}, {job.city}")
            y += 11
            for note in job.highlights:
                bullet(note)
            y += 2.5

    def education() -> None:
        nonlocal y
        heading("Education & Qualifications")
        for d in person.degrees:
            need(16)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 10)
            if d.study == "ACCA Qualification":
                title, span = d.study, f"{d.start[0]} \u2013 ongoing"
            else:
                title, span = f"{d.study} in {d.area}", f"{d.start[0]} \u2013 {d.end[0]}"
            pdf.cell(width - 36, 5, title)
            pdf.set_font("Sans", "", 9)
            pdf.cell(36, 5, span, align="R")
            pdf.set_xy(x, y + 5.2)
            pdf.set_font("Sans", "I", 9.5)
            pdf.cell(width, 5, d.institution)
            y += 12

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("IT Skills")
    for skill in person.skills:
        bullet(skill, 0.0)
    heading("Languages")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(34, 4.8, f"{lang}:")
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width - 34, 4.8, level)
        y += 5
    heading("Interests & Hobbies")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 4.7, ", ".join(extra["interests"]) + ".", align="L")
    y = pdf.get_y() + 1
    if extra["referees"]:
        heading("References")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width, 4.8, "Available upon request.")
        y += 6
    _check(y, 286, person)
    return bytes(pdf.output())


def _greek_caps(text: str) -> str:
    """Greek in capitals, which drop the stress marks."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if ch != "\u0301")
    return unicodedata.normalize("NFC", bare).upper()


def _cy_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Σήμερα"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MINES[month[1] - 1]} {month[0]}"


def _cypriot(person: Candidate, options: dict[str, Any]) -> bytes:
    form, shade, extra = options["dates"], options["shade"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Βιογραφικό Σημείωμα - {person.name}")
    x, width, gutter = 20.0, 170.0, 50.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font("Serif", "", 8)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4, f"Σελίδα {pdf.page_no()}", align="C")
        pdf.set_text_color(0, 0, 0)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 277:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_fill_color(shade, shade, shade)
        pdf.rect(x, y, width, 6.8, style="F")
        pdf.set_xy(x + 2, y + 0.6)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width - 4, 5.6, _greek_caps(text))
        y += 10

    def row(key: str, value: str, bold_value: bool = False) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter, 5, key)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "B" if bold_value else "", 9.5)
        pdf.multi_cell(width - gutter, 5, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 16)
    pdf.cell(width, 8, "ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ", align="C")
    y += 9
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width, 6, person.label or "", align="C")
        y += 7
    y += 2
    heading("Προσωπικά Στοιχεία")
    row("Ονοματεπώνυμο:", person.name, True)
    row("Διεύθυνση:", f"{extra['street']}, {extra['postal']} {person.city}, Κύπρος")
    row("Τηλέφωνο:", person.phone)
    row("Email:", person.email)
    row("LinkedIn:", extra["linkedin"].removeprefix("https://www."))
    row("Ημερομηνία γέννησης:", extra["born"])
    row("Υπηκοότητα:", "Κυπριακή")
    if extra["army"]:
        row("Στρατιωτική θητεία:", "Εκπληρωμένη")
    heading("Στόχος")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Επαγγελματική Εμπειρία")
    for job in person.jobs:
        need(30)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.2)
        span = f"{_cy_month(job.start, form)} \u2013\n{_cy_month(job.end, form)}"
        pdf.multi_cell(gutter - 4, 4.8, span, align="L")
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - gutter, 5, f"{job.company}, {job.city}")
        pdf.set_xy(x + gutter, y + 5.2)
        pdf.set_font("Serif", "I", 9.8)
        pdf.cell(width - gutter, 5, f"Θέση: {job.position}")
        pdf.set_xy(x + gutter, y + 10.4)
        pdf.set_font("Serif", "U", 9.2)
        pdf.cell(width - gutter, 5, "Καθήκοντα:")
        y += 15.8
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + gutter + 1, y)
            pdf.set_font("Serif", "", 9.2)
            pdf.cell(4, 4.7, "\u2013")
            pdf.multi_cell(width - gutter - 5, 4.7, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3
    heading("Εκπαίδευση")
    for d in person.degrees:
        need(16)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.2)
        pdf.cell(gutter, 5, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - gutter, 5, d.institution)
        pdf.set_xy(x + gutter, y + 5.2)
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - gutter, 5, f"{d.study}, {d.area}", align="L")
        y = pdf.get_y() + 2.5
    heading("Σεμινάρια")
    for seminar in extra["seminars"]:
        need(6)
        pdf.set_xy(x + 1, y)
        pdf.set_font("Serif", "", 9.2)
        pdf.cell(4, 4.8, "\u2022")
        pdf.multi_cell(width - 5, 4.8, seminar, align="L")
        y = pdf.get_y() + 0.4
    heading("Ξένες Γλώσσες")
    for lang, level in person.languages:
        row(f"{lang}:", level)
    heading("Γνώσεις Ηλεκτρονικών Υπολογιστών")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 1, y)
        pdf.set_font("Serif", "", 9.2)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - 5, 4.8, skill)
        y += 5
    heading("Συστάσεις")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(width, 5, "Διαθέσιμες κατόπιν αιτήματος.")
    y += 6
    _check(y, 280, person)
    return bytes(pdf.output())


def _nr_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month | None) -> str:
        if month is None:
            return "Present"
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} - {one(end)}"


def _novoresume(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name}'s Resume")
    pdf.set_creator("Novorésumé")
    margin = 12.0
    lx, lw = margin, 122.0
    rx, rw = margin + lw + 8, 210 - 2 * margin - lw - 8
    ink, grey = (40, 40, 40), (110, 110, 110)
    relaxed = options["long"]
    body = 9.0 if relaxed else 8.4
    pdf.add_page()

    # Header: name, headline, summary, then an accent contact band with icons.
    y = 12.0
    pdf.set_text_color(*ink)
    pdf.set_xy(margin, y)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(186, 10, person.name)
    y += 10.5
    if options["headline"]:
        pdf.set_xy(margin, y)
        pdf.set_font("Sans", "", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(186, 6, person.label or "")
        pdf.set_text_color(*ink)
        y += 7
    pdf.set_xy(margin, y)
    pdf.set_font("Sans", "I", 8.4)
    pdf.multi_cell(186, 4.2, extra["summary"], align="L")
    y = pdf.get_y() + 2.5
    contacts = [
        ("\u2709", person.email),
        ("\u260e", person.phone),
        ("\u2302", extra["street"]),
        ("in", extra["linkedin"].removeprefix("https://www.")),
    ]
    if person.url:
        contacts.append(("\u2318", person.url.removeprefix("https://")))
    band_rows = (len(contacts) + 2) // 3
    pdf.set_fill_color(*accent)
    pdf.rect(0, y, 210, 5.6 * band_rows + 3, style="F")
    for index, (icon, text) in enumerate(contacts):
        cx = margin + (index % 3) * 62
        cy = y + 1.5 + 5.6 * (index // 3)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(cx, cy)
        if icon == "in":
            pdf.set_font("Sans", "B", 6.5)
        else:
            pdf.set_font("Sans", "", 8.5)
        pdf.cell(5, 4.6, icon)
        pdf.set_font("Sans", "", 8)
        pdf.cell(56, 4.6, text)
    pdf.set_text_color(*ink)
    top = y + 5.6 * band_rows + 8
    y = top

    def heading(hx: float, hw: float, hy: float, text: str) -> float:
        pdf.set_xy(hx, hy)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*ink)
        pdf.cell(hw, 6, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.7)
        pdf.line(hx, hy + 7, hx + hw, hy + 7)
        return hy + 9.5

    # Left column: work experience, then education (continues on a second page if needed).
    def need(height: float) -> None:
        nonlocal y
        if y + height > 284:
            pdf.add_page()
            y = 14.0

    y = heading(lx, lw, y, "Work Experience")
    for job in person.jobs:
        need(30)
        pdf.set_xy(lx, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(lw, 5.2, job.position)
        pdf.set_xy(lx, y + 5.4)
        pdf.set_font("Sans", "", 10)
        pdf.set_text_color(*accent)
        pdf.cell(lw, 5, job.company)
        pdf.set_text_color(*grey)
        pdf.set_xy(lx, y + 10.6)
        pdf.set_font("Sans", "I", 8)
        pdf.cell(lw / 2, 4.2, _nr_span(job.start, job.end, form))
        pdf.cell(lw / 2, 4.2, job.city, align="R")
        pdf.set_xy(lx, y + 15)
        pdf.cell(lw, 4, "Achievements/Tasks")
        pdf.set_text_color(*ink)
        y += 19.5
        for note in job.highlights:
            need(5)
            pdf.set_xy(lx + 1, y)
            pdf.set_font("Sans", "", body)
            pdf.cell(3.5, 4.3, "\u2022")
            pdf.multi_cell(lw - 4.5, 4.3, note, align="L")
            y = pdf.get_y() + 0.5
        y += 3.5 if relaxed else 2.5
    if relaxed:
        org, role, note, start = extra["volunteer"]
        need(34)
        y = heading(lx, lw, y + 1, "Volunteer Experience")
        pdf.set_xy(lx, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(lw, 5.2, role)
        pdf.set_xy(lx, y + 5.4)
        pdf.set_font("Sans", "", 10)
        pdf.set_text_color(*accent)
        pdf.cell(lw, 5, org)
        pdf.set_text_color(*grey)
        pdf.set_xy(lx, y + 10.6)
        pdf.set_font("Sans", "I", 8)
        pdf.cell(lw, 4.2, _nr_span(start, None, form))
        pdf.set_text_color(*ink)
        pdf.set_xy(lx + 1, y + 15.5)
        pdf.set_font("Sans", "", body)
        pdf.cell(3.5, 4.3, "\u2022")
        pdf.multi_cell(lw - 4.5, 4.3, note, align="L")
        y = pdf.get_y() + 4
    # The builder moves a section that does not fit whole to the next page.
    need(9.5 + 17 * len(person.degrees))
    y = heading(lx, lw, y + 1, "Education")
    for d in person.degrees:
        need(18)
        pdf.set_xy(lx, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(lw, 5.2, f"{d.study} {d.area}")
        pdf.set_xy(lx, y + 5.4)
        pdf.set_font("Sans", "", 10)
        pdf.set_text_color(*accent)
        pdf.cell(lw, 5, d.institution)
        pdf.set_text_color(*grey)
        pdf.set_xy(lx, y + 10.6)
        pdf.set_font("Sans", "I", 8)
        pdf.cell(lw, 4.2, _nr_span(d.start, d.end, form))
        pdf.set_text_color(*ink)
        y += 17
    end_page = pdf.page_no()
    end_y = y

    # Right column, first page: skills as tag boxes, languages, interests.
    pdf.page = 1
    ry = heading(rx, rw, top, "Skills")
    tx = rx
    pdf.set_font("Sans", "", 8.2)
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.25)
    for skill in person.skills:
        tw = pdf.get_string_width(skill) + 4.5
        if tx + tw > rx + rw:
            tx, ry = rx, ry + 7.4
        pdf.set_fill_color(235, 235, 235)
        pdf.rect(tx, ry, tw, 5.8, style="DF")
        pdf.set_xy(tx, ry + 0.4)
        pdf.cell(tw, 5, skill, align="C")
        tx += tw + 2
    ry += 11
    ry = heading(rx, rw, ry, "Languages")
    for lang, level in person.languages:
        pdf.set_xy(rx, ry)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(rw, 4.8, lang)
        pdf.set_xy(rx, ry + 4.8)
        pdf.set_font("Sans", "I", 8)
        pdf.set_text_color(*accent)
        pdf.cell(rw, 4.4, level)
        pdf.set_text_color(*ink)
        ry += 11
    ry = heading(rx, rw, ry + 1, "Certificates")
    for cert, issuer in extra["certificates"]:
        pdf.set_xy(rx, ry)
        pdf.set_font("Sans", "B", 9)
        pdf.multi_cell(rw, 4.5, cert, align="L")
        pdf.set_xy(rx, pdf.get_y())
        pdf.set_font("Sans", "I", 8)
        pdf.set_text_color(*grey)
        pdf.cell(rw, 4.2, issuer)
        pdf.set_text_color(*ink)
        ry = pdf.get_y() + 6.5
    if end_page > 1:
        pdf.page = 2
        ry = 14.0
    ry = heading(rx, rw, ry + 1, "Interests")
    for hobby in extra["interests"]:
        pdf.set_xy(rx, ry)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(rw, 4.8, f"\u25c6  {hobby}")
        ry += 6
    pdf.page = end_page
    _check(ry, 284, person)
    _check(end_y, 286, person)
    return bytes(pdf.output())


def _pl_month(month: Month | None, form: str) -> str:
    if month is None:
        return "obecnie" if form == "numeric" else "nadal"
    if form == "numeric":
        return f"{month[1]:02d}.{month[0]}"
    return f"{MIESIACE[month[1] - 1]} {month[0]}"


def _polish(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
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
    properties.title = "CV"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(2)
    navy = RGBColor(0x1F, 0x3A, 0x5F)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("CURRICULUM VITAE")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), navy
    if options["headline"]:
        sub = document.add_paragraph()
        sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sub.add_run(person.label or "").italic = True

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text.upper())
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), navy
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1")):
            bottom.set(qn(key), value)
        bottom.set(qn("w:color"), "1F3A5F")
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    def pair(key: str, value: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
        paragraph.add_run(f"{key}:").bold = True
        paragraph.add_run(f"\t{value}")

    def bullet(text: str) -> None:
        paragraph = document.add_paragraph(text, style="List Bullet")
        paragraph.paragraph_format.space_after = Pt(0)

    heading("Dane osobowe")
    pair("Imię i nazwisko", person.name)
    pair("Data urodzenia", extra["born"])
    pair("Adres", f"{extra['street']}, {extra['postal']} {person.city}")
    pair("Telefon", person.phone)
    pair("E-mail", person.email)
    if "linkedin" in extra:
        pair("LinkedIn", extra["linkedin"].removeprefix("https://"))
    if extra["licence"]:
        pair("Prawo jazdy", "kat. B")

    def entries(rows: list[tuple[str, list[tuple[str, bool]], list[str]]]) -> None:
        if options["layout"] == "table":
            table = document.add_table(rows=0, cols=2)
            for when, lines, notes in rows:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(4), Cm(13)
                cells[0].paragraphs[0].add_run(when)
                first = True
                for text, bold in lines:
                    paragraph = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                    paragraph.paragraph_format.space_after = Pt(0)
                    paragraph.add_run(text).bold = bold
                    first = False
                for note in notes:
                    paragraph = cells[1].add_paragraph(note, style="List Bullet")
                    paragraph.paragraph_format.space_after = Pt(0)
                cells[1].add_paragraph().paragraph_format.space_after = Pt(0)
            return
        for when, lines, notes in rows:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
            paragraph.add_run(f"{when}\t")
            text, bold = lines[0]
            paragraph.add_run(text).bold = bold
            for text, bold in lines[1:]:
                line = document.add_paragraph()
                line.paragraph_format.left_indent = Cm(4.5)
                line.paragraph_format.space_after = Pt(0)
                line.add_run(text).bold = bold
            for note in notes:
                item = document.add_paragraph(note, style="List Bullet")
                item.paragraph_format.left_indent = Cm(5.1)
                item.paragraph_format.space_after = Pt(0)

    heading("Doświadczenie zawodowe")
    job_rows = []
    for job in person.jobs:
        when = f"{_pl_month(job.start, form)} \u2013 {_pl_month(job.end, form)}"
        lines = [
            (f"{job.company}, {job.city}", True),
            (f"Stanowisko: {job.position}", False),
            ("Zakres obowiązków:", False),
        ]
        job_rows.append((when, lines, list(job.highlights)))
    entries(job_rows)
    heading("Wykształcenie")
    edu_rows = []
    for d in person.degrees:
        when = f"{d.start[0]} \u2013 {d.end[0]}"
        lines = [
            (d.institution, True),
            (f"Kierunek: {d.area}", False),
            (f"Tytuł zawodowy: {d.study}", False),
        ]
        edu_rows.append((when, lines, []))
    entries(edu_rows)
    heading("Języki obce")
    for lang, level in person.languages:
        bullet(f"{lang} \u2013 {level}")
    heading("Umiejętności")
    for skill in person.skills:
        bullet(skill)
    heading("Zainteresowania")
    document.add_paragraph(", ".join(extra["interests"]).capitalize())
    clause = document.add_paragraph()
    clause.paragraph_format.space_before = Pt(24)
    run = clause.add_run(PL_RODO)
    run.italic, run.font.size = True, Pt(8)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())
